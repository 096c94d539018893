package io.isnad.answer;

import java.util.ArrayList;
import java.util.List;

import io.restassured.path.json.JsonPath;

/** Reads a server-sent-events body the way a browser's EventSource does. */
public final class SseEvents {

    public record Event(String name, String data) {
    }

    private SseEvents() {
    }

    public static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(name, data.toString()));
            }
        }
        return events;
    }

    /** The text of the token events, joined. */
    public static String text(List<Event> events) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.name().equals("token"))
                .forEach(e -> text.append(JsonPath.from(e.data()).getString("text")));
        return text.toString();
    }
}
