package org.gongkai.common.error;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly (issue 9): a key given twice is an error, not "the last one wins" (two
 * readers of one body could otherwise see different requests), and nesting is bounded.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    public static final int MAX_NESTING = 1000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    }
}
