/**
 * Reads the project's own hand-written resource files: tab-separated tables, {@code key = value} lists and named
 * word lists, with one rule for comments and blank lines. Word lists live in files, not in code, so that a word is
 * added by editing a list. Start at {@link org.dateline.core.resources.ResourceFile}.
 */
package org.dateline.core.resources;
