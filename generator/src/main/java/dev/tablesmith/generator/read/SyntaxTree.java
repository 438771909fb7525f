package dev.tablesmith.generator.read;

import java.util.Optional;

/**
 * A model file as read: its name as the user gave it, and the top-level mapping. The root is empty
 * when the file could not be read; the reader has then reported why.
 */
public record SyntaxTree(String file, Optional<MapNode> root) {}
