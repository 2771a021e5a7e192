/**
 * The LLM drafter: asks a LangChain4j {@code ChatModel} (built by the caller, whichever provider) for
 * candidate invariants as structured JSON, offers the checker to the model as tools, and counts tokens.
 */
package dev.invar.assistant.llm;
