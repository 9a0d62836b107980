package dev.codeloop.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void carriesVersionVariantAndTheTimestamp() {
        long millis = 1_795_400_000_123L;
        UUID id = UuidV7.at(millis);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsAreUniqueAndSortByCreationTime() {
        Set<String> seen = new HashSet<>();
        String previousMillisecond = UuidV7.at(1_000L).toString();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(UuidV7.next()), "duplicate id");
        }
        String later = UuidV7.at(2_000L).toString();
        assertTrue(previousMillisecond.compareTo(later) < 0);
    }

    @Test
    void randomPartVaries() {
        Set<Long> randomHalves = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            randomHalves.add(UuidV7.at(5L).getLeastSignificantBits());
        }
        assertTrue(randomHalves.size() > 95, "random bits repeat: " + randomHalves.size() + " distinct of 100");
    }
}
