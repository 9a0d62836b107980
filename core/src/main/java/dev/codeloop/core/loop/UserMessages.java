package dev.codeloop.core.loop;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.item.UserContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The user's input as the model sees it; local images are read and inlined as data URLs. */
final class UserMessages {

    /** Larger images are refused: they would dominate the prompt and most providers reject them anyway. */
    static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;

    private UserMessages() {
    }

    static ResponseItem.Message from(List<UserContent> input, Path cwd) {
        List<ResponseItem.ContentPart> parts = new ArrayList<>();
        for (UserContent content : input) {
            parts.add(switch (content) {
                case UserContent.Text t -> new ResponseItem.ContentPart.InputText(t.text());
                case UserContent.ImageUrl i -> new ResponseItem.ContentPart.InputImage(i.url());
                case UserContent.LocalImage l -> localImage(cwd.resolve(l.path()).normalize());
            });
        }
        return new ResponseItem.Message("user", parts);
    }

    private static ResponseItem.ContentPart localImage(Path path) {
        String mime = mimeType(path);
        if (mime == null) {
            return new ResponseItem.ContentPart.InputText("[image " + path + " was not attached: unsupported type; "
                    + "use png, jpeg, gif or webp]");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_IMAGE_BYTES) {
                return new ResponseItem.ContentPart.InputText("[image " + path + " was not attached: " + size
                        + " bytes is over the " + MAX_IMAGE_BYTES + " byte limit]");
            }
            String data = Base64.getEncoder().encodeToString(Files.readAllBytes(path));
            return new ResponseItem.ContentPart.InputImage("data:" + mime + ";base64," + data);
        } catch (IOException e) {
            return new ResponseItem.ContentPart.InputText("[image " + path + " could not be read: " + e.getMessage()
                    + "]");
        }
    }

    private static String mimeType(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        return null;
    }
}
