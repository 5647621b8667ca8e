package io.github.copydesk.jsonld.internal.graph;

import io.github.copydesk.read.internal.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value in the input and where it is: its block and its JSON path there.
 *
 * @param value the value
 * @param block the index of its block
 * @param path its path in the block
 */
public record Field(JsonNode value, int block, JsonPath path) {
}
