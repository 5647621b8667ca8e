package io.github.copydesk.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {

    @Test
    void defaults_areTheDocumentedOnes() {
        ReadLimits d = ReadLimits.defaults();
        assertEquals(4L * 1024 * 1024, d.maxInputBytes());
        assertEquals(64, d.maxDepth());
        assertEquals(1024 * 1024, d.maxStringLength());
        assertEquals(100_000, d.maxNodes());
        assertEquals(1000, d.maxDefinitionsPerId());
    }

    @Test
    void with_changesOneLimitAndKeepsTheOthers() {
        ReadLimits l = ReadLimits.defaults().withMaxInputBytes(10).withMaxDepth(2).withMaxStringLength(3).withMaxNodes(4);
        assertEquals(List.of(10L, 2, 3, 4), List.of(l.maxInputBytes(), l.maxDepth(), l.maxStringLength(), l.maxNodes()));
        assertEquals(ReadLimits.defaults().maxNodes(), ReadLimits.defaults().withMaxDepth(5).maxNodes());
        assertEquals(7, l.withMaxDefinitionsPerId(7).maxDefinitionsPerId());
        assertEquals(4, l.withMaxDefinitionsPerId(7).maxNodes());
    }

    @Test
    void with_outOfRange_namesTheSettingAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxInputBytes(0));
        assertTrue(e.getMessage().contains("maxInputBytes") && e.getMessage().contains("0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDepth(ReadLimits.MAX_DEPTH_CEILING + 1));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxStringLength(-1));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxNodes(0));
        e = assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDefinitionsPerId(0));
        assertTrue(e.getMessage().contains("maxDefinitionsPerId must be positive: 0"), e.getMessage());
        assertEquals(ReadLimits.MAX_DEPTH_CEILING, ReadLimits.defaults().withMaxDepth(ReadLimits.MAX_DEPTH_CEILING).maxDepth());
    }

    @Test
    void equals_isByValue() {
        assertEquals(ReadLimits.defaults().withMaxDepth(3), ReadLimits.defaults().withMaxDepth(3));
        assertEquals(ReadLimits.defaults().withMaxDepth(3).hashCode(), ReadLimits.defaults().withMaxDepth(3).hashCode());
        assertNotEquals(ReadLimits.defaults().withMaxDepth(3), ReadLimits.defaults().withMaxDepth(4));
        assertTrue(ReadLimits.defaults().toString().contains("maxDepth=64"));
        assertNotEquals(ReadLimits.defaults(), ReadLimits.defaults().withMaxDefinitionsPerId(2));
        assertTrue(ReadLimits.defaults().toString().contains("maxDefinitionsPerId=1000"));
    }
}
