/**
 * The LLM drafter: asks a LangChain4j {@code ChatModel} (built by the caller, whichever provider) for
 * candidate invariants as structured JSON, offers the checker to the model as tools, and counts tokens;
 * and, on top of it, the prover's lemma source, shown the counterexamples to induction to rule out.
 */
package dev.invar.assistant.llm;
