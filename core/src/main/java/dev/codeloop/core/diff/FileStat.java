package dev.codeloop.core.diff;

import java.nio.file.attribute.FileTime;

/**
 * What a cheap {@code lstat} says about a file: enough to notice that a command changed it without reading
 * it. {@code fileKey} (device and inode on Unix) changes when a tool replaces a file, as {@code sed -i} does.
 */
record FileStat(long size, FileTime modified, Object fileKey, GitFileMode mode) {
}
