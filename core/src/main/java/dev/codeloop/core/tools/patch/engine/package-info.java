/**
 * The apply_patch engine: the patch format models are trained on, and applying it safely. No tool wiring,
 * events or approvals here; callers go through these steps:
 * <ol>
 *   <li>{@link dev.codeloop.core.tools.patch.engine.PatchParser} turns the model's text into a
 *       {@link dev.codeloop.core.tools.patch.engine.Patch} (after
 *       {@link dev.codeloop.core.tools.patch.engine.ShellPatchInvocation} when the text came as a shell
 *       command);</li>
 *   <li>{@link dev.codeloop.core.tools.patch.engine.PatchPlanner} checks paths against the writable roots,
 *       locates every chunk and computes the new files in memory: a
 *       {@link dev.codeloop.core.tools.patch.engine.PatchPlan}, with diffs to show and approve;</li>
 *   <li>{@link dev.codeloop.core.tools.patch.engine.PatchApplier} writes the plan all or nothing, and the
 *       {@link dev.codeloop.core.tools.patch.engine.AppliedPatch} gives the summary for the model.</li>
 * </ol>
 * Every failure is a {@link dev.codeloop.core.tools.patch.engine.PatchException} whose message is written for
 * the model and whose kind tells the caller what happened.
 */
package dev.codeloop.core.tools.patch.engine;
