/** One picocli command per file: validate, call one façade method, render, return an exit code. */
package dev.invar.cli.commands;
