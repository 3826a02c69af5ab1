/**
 * The proctored server: {@code nightshift serve} carries candidates' shells over SSH (Apache MINA SSHD), each
 * connection its own command loop on its own thread with the candidate's session bound to it, the commands limited
 * to the candidate's role, and the time limit kept by the server's wall clock. Evaluating a command line is the
 * shell's work, handed in as {@link dev.nightshift.serve.Commands}.
 */
package dev.nightshift.serve;
