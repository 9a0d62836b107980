/**
 * Reading the bash scripts the model asks to run, without running them: {@link
 * dev.codeloop.core.command.ShellScriptParser} splits plain scripts into commands (and refuses anything
 * else); {@link dev.codeloop.core.command.SafeCommands} says which are known to only read (run without
 * asking under {@code untrusted}); {@link dev.codeloop.core.command.DangerousCommands} which are destructive
 * enough to ask about anyway; {@link dev.codeloop.core.command.CommandClassifier} what to show as the item's
 * {@code commandActions}; {@link dev.codeloop.core.command.ApprovalKey} what an accept-for-session approval
 * is remembered under.
 */
package dev.codeloop.core.command;
