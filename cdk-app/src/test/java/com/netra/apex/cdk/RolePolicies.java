package com.netra.apex.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;

/** A role's inline policies flattened to (action, resource, condition) triples, to compare with an exact list. */
final class RolePolicies {

    private RolePolicies() {
    }

    @SuppressWarnings("unchecked")
    static List<List<Object>> pairs(Template template, Object roleRef) {
        List<List<Object>> pairs = new ArrayList<>();
        for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
            Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
            if (!((List<Object>) properties.get("Roles")).contains(roleRef)) {
                continue;
            }
            for (Map<String, Object> s : (List<Map<String, Object>>) ((Map<String, Object>) properties.get("PolicyDocument")).get("Statement")) {
                for (Object action : s.get("Action") instanceof List<?> l ? l : List.of(s.get("Action"))) {
                    for (Object resource : s.get("Resource") instanceof List<?> l ? l : List.of(s.get("Resource"))) {
                        pairs.add(List.of(action, resource, s.getOrDefault("Condition", Map.of())));
                    }
                }
            }
        }
        return pairs;
    }
}
