/**
 * Assessments a hiring team runs: an assessment is a scenario, a role and a time limit given to a list of candidates;
 * each candidate plays their own variant (seed from the proctor secret, hosts and addresses of their own), logs in
 * with a one-time token or their public key, and may use only the game commands of their role. The SSH server that
 * carries them is in {@code serve}.
 */
package dev.nightshift.assess;
