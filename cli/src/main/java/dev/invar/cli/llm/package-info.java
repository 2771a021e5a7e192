/**
 * The edge where a language model is chosen and built: {@code --llm provider:model}, base URL and API keys
 * from the environment become a LangChain4j {@code ChatModel}; everything past this sees only that interface.
 */
package dev.invar.cli.llm;
