package com.netra.apex.core.routing;

/** A priced model named as {@code provider/model}, e.g. {@code openai/gpt-4o}. */
public record ModelRef(String provider, String model) {

    public ModelRef {
        if (provider == null || provider.isBlank() || model == null || model.isBlank()) {
            throw new IllegalArgumentException("a model is named provider/model, e.g. openai/gpt-4o");
        }
    }

    /** Parses {@code provider/model}; the model part may itself contain slashes. */
    public static ModelRef parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not provider/model, e.g. openai/gpt-4o");
        }
        return new ModelRef(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return provider + "/" + model;
    }
}
