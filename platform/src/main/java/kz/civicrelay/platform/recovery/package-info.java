/**
 * What lets a killed service come back in seconds and never outlive its supervisor: its killed
 * predecessor's open transactions fenced at start, readiness only once its listeners hold their
 * partitions, and an exit when the {@code forumctl up} that started it is gone (decision 0012).
 */
@NullMarked
package kz.civicrelay.platform.recovery;

import org.jspecify.annotations.NullMarked;
