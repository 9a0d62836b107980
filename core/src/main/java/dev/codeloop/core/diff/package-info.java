/**
 * The diff of everything a turn changed ({@code turn/diff/updated}), without git.
 * {@link dev.codeloop.core.diff.TurnDiffTracker} keeps each file's baseline and finds what patches and shell
 * commands changed; {@link dev.codeloop.core.diff.GitStyleDiff} renders changes in {@code git diff} format.
 * Reading order: {@code TurnDiffTracker}, then {@code WorkspaceManifest} and {@code WorkspaceScanner} (shell
 * changes), {@code RenameDetector}, {@code GitStyleDiff} and {@code HunkWriter} (output), {@code LineDiff} and
 * {@code ChangeCompaction} (which lines changed, and where the change is drawn).
 */
package dev.codeloop.core.diff;
