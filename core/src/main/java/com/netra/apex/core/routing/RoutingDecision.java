package com.netra.apex.core.routing;

/** The model a request goes to and why; {@code routed()} when that is not the model the caller named. */
public record RoutingDecision(String requestedModel, String model, String reason) {

    public static RoutingDecision unchanged(String requestedModel) {
        return new RoutingDecision(requestedModel, requestedModel, null);
    }

    public boolean routed() {
        return !model.equals(requestedModel);
    }
}
