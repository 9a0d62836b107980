package dev.codeloop.core.item;

/** A piece of user input as the engine sees it. */
public sealed interface UserContent {

    record Text(String text) implements UserContent {
    }

    record ImageUrl(String url) implements UserContent {
    }

    record LocalImage(String path) implements UserContent {
    }
}
