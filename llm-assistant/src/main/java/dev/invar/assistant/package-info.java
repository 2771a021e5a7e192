/**
 * The assistant: drafters (an LLM through LangChain4j, or the built-in search) that propose invariants
 * and lemmas, and the mechanical vetting that checks every draft with TLC before it is shown.
 */
package dev.invar.assistant;
