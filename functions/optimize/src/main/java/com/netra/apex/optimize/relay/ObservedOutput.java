package com.netra.apex.optimize.relay;

/** What a stream tap has seen of the generated output: shared bookkeeping of the taps. */
abstract class ObservedOutput implements StreamTap {

    private final StringBuilder generated = new StringBuilder();
    private String servedModel;
    private boolean sawOutput;

    /** Records generated text; any non-empty piece counts as the first token. */
    protected final void generated(String text) {
        if (text != null && !text.isEmpty()) {
            generated.append(text);
            sawOutput = true;
        }
    }

    protected final void servedModelIfUnknown(String model) {
        if (servedModel == null && model != null) {
            servedModel = model;
        }
    }

    @Override
    public String servedModel() {
        return servedModel;
    }

    @Override
    public boolean sawOutput() {
        return sawOutput;
    }

    @Override
    public CharSequence generatedText() {
        return generated;
    }
}
