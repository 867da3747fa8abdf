package com.netra.apex.core.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** JSON fixtures for cache tests, written with single quotes to stay readable in Java. */
final class CacheJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private CacheJson() {
    }

    /** Parses a single-quoted JSON object. */
    static ObjectNode obj(String singleQuoted) {
        try {
            return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gpt-4o chat request with a system prompt, one earlier exchange and a last user question. */
    static ObjectNode chat() {
        return obj("""
                {'model':'gpt-4o','temperature':0.2,'messages':[
                  {'role':'system','content':'You are terse.'},
                  {'role':'user','content':'What is the capital of France?'},
                  {'role':'assistant','content':'Paris.'},
                  {'role':'user','content':'And of Italy?'}]}""");
    }
}
