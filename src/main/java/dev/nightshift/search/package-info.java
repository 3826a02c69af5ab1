/**
 * The analyst's search language, modelled on Splunk's SPL: a search clause ({@code field=value}, {@code !=},
 * wildcards, numeric comparisons, quoted phrases, bare words, {@code AND}/{@code OR}/{@code NOT} and parentheses,
 * {@code earliest=}/{@code latest=} on the simulated clock) and a pipeline of commands ({@code stats}, {@code table},
 * {@code sort}, {@code head}, {@code dedup}, {@code top}, {@code rare}, {@code timechart}). {@link SearchParser} turns
 * text into a {@link SearchQuery} or a {@link BadSearchException} naming the column; {@link LogStore} holds a
 * session's collected events with an index (per-field columns of dictionary ids) built once and extended as events
 * arrive, so that a search over a million events answers in a fraction of a second. Every step is linear in its
 * input, and nothing here reads an event's truth.
 */
package dev.nightshift.search;
