package com.example.fulfillment.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of an e-mail, read from its plain-text part so that both always carry the same facts: a blank line
 * starts a paragraph, a paragraph of "- " lines is a list, and a web address is a link. The markup itself is
 * templates/notifications/email.html, which escapes every text it is given.
 */
public record EmailHtml(String subject, List<Block> blocks) {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");
    private static final String LIST_MARK = "- ";

    /** A paragraph, or a list if every line of it is a list item. */
    public record Block(boolean list, List<Line> lines) {
    }

    public record Line(List<Segment> segments) {
    }

    /** Plain text, or a link whose text is its address. */
    public record Segment(String text, boolean isLink) {
    }

    public static EmailHtml of(String subject, String text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = paragraph.strip().lines().map(String::strip).toList();
            // "In this parcel:" followed by its items: the lead-in stays a paragraph of its own
            if (lines.size() > 1 && !isListItem(lines.get(0)) && allListItems(lines.subList(1, lines.size()))) {
                blocks.add(block(false, lines.subList(0, 1)));
                blocks.add(block(true, lines.subList(1, lines.size())));
            } else {
                blocks.add(block(allListItems(lines), lines));
            }
        }
        return new EmailHtml(subject, blocks);
    }

    private static Block block(boolean list, List<String> lines) {
        return new Block(list, lines.stream()
                .map(line -> list ? line.substring(LIST_MARK.length()) : line)
                .map(EmailHtml::line).toList());
    }

    private static boolean allListItems(List<String> lines) {
        return lines.stream().allMatch(EmailHtml::isListItem);
    }

    private static boolean isListItem(String line) {
        return line.startsWith(LIST_MARK);
    }

    private static Line line(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher address = WEB_ADDRESS.matcher(text);
        int end = 0;
        while (address.find()) {
            if (address.start() > end) {
                segments.add(new Segment(text.substring(end, address.start()), false));
            }
            segments.add(new Segment(address.group(), true));
            end = address.end();
        }
        if (end < text.length()) {
            segments.add(new Segment(text.substring(end), false));
        }
        return new Line(segments);
    }
}
