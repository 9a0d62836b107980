/**
 * Running the shell commands the model asks for as real processes: {@link dev.codeloop.core.exec.ProcessRunner}
 * runs one to completion with streaming, bounded capture, timeout and cancellation;
 * {@link dev.codeloop.core.exec.ShellCommand} and {@link dev.codeloop.core.exec.ShellEnvironment} decide what
 * runs and with which environment; {@link dev.codeloop.core.exec.ModelFacingExecOutput} renders the result
 * for the model.
 */
package dev.codeloop.core.exec;
