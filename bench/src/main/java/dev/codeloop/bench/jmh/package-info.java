/**
 * JMH benchmarks of in-process hot paths: the wire codec, the stdout writer, the apply_patch engine. Each forks a
 * JVM with the garbage collector and JIT settings {@code bin/codeloop} gives the server (Serial GC, C1 only), so
 * the figures are the server's. Run with {@code bin/codeloop-bench jmh [JMH options]}.
 */
package dev.codeloop.bench.jmh;
