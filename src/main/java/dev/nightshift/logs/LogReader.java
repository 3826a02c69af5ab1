package dev.nightshift.logs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.pipeline.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Streams the records of one exported log file, one at a time, in constant memory: JSON lines (each line one
 * document), concatenated or pretty-printed JSON documents and arrays (evtx_dump's output, with or without its
 * {@code Record N} lines), CloudTrail's {@code {"Records": [...]}} and Windows event XML. With {@link LogFormat#AUTO}
 * the file's first bytes choose how to read it and each document's shape how to flatten it. Problems (bad JSON or
 * XML, a document of the wrong shape) are added to the problem list with their line and column, never thrown; after
 * a syntax error in a multi-line document the rest of the file cannot be read and is not.
 */
public final class LogReader implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectMapper STREAM = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() {
    };
    private static final int HEAD = 1 << 16;
    private static final String ROOT = "<nightshift-events>";

    private enum Mode { LINES, JSON_STREAM, XML, NONE }

    private final String name;
    private final LogFormat format;
    private final List<InputProblem> problems;
    private final Deque<LogRecord> pending = new ArrayDeque<>();
    private final JsonLine jsonLine = new JsonLine();
    private ByteLines lines;
    private JsonParser json;
    private XmlEvents xml;
    private Mode mode = Mode.NONE;
    private long lineCount;
    private long ordinal;
    private boolean inRecordsArray;
    private boolean inTopArray;
    private boolean readable = true;

    private LogReader(String name, LogFormat format, List<InputProblem> problems) {
        this.name = name;
        this.format = format;
        this.problems = problems;
    }

    /** Opens the file; a file that cannot be opened reads as no records, with a problem saying why. */
    public static LogReader open(Path file, LogFormat format, List<InputProblem> problems) {
        LogReader reader = new LogReader(file.toString(), format, problems);
        reader.start(file);
        return reader;
    }

    private void start(Path file) {
        try {
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), HEAD);
            in.mark(HEAD);
            byte[] bytes = in.readNBytes(HEAD);
            in.reset();
            if (bytes.length >= 8 && Arrays.equals(Arrays.copyOf(bytes, 8),
                    "ElfFile\0".getBytes(StandardCharsets.US_ASCII))) {
                in.close();
                fail(1, 1, "a raw .evtx file: nightshift reads its exports instead (evtx_dump -o jsonl, "
                        + "wevtutil qe /f:xml, Winlogbeat), see docs/pipelines.md");
                return;
            }
            char[] head = new String(bytes, StandardCharsets.UTF_8).toCharArray();
            int length = head.length;
            int first = 0;
            while (first < length && (Character.isWhitespace(head[first]) || head[first] == '\uFEFF')) {
                first++;
            }
            char c = first < length ? head[first] : '{';
            boolean whole = bytes.length < HEAD;
            if (c == '{' && format != LogFormat.XML && format != LogFormat.CLOUDTRAIL
                    && firstLineIsOneDocument(head, first, length, whole)) {
                mode = Mode.LINES;
                lines = new ByteLines(in);
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), HEAD);
            if (format == LogFormat.XML || c == '<') {
                startXml(reader);
            } else {
                mode = Mode.JSON_STREAM;
                json = STREAM.getFactory().createParser(new RecordHeaderFilter(reader));
            }
        } catch (NoSuchFileException e) {
            fail(1, 1, "no such file");
        } catch (IOException | UncheckedIOException | XMLStreamException e) {
            fail(1, 1, "the events file cannot be read: " + e.getMessage());
        }
    }

    private static int fill(Reader reader, char[] head) throws IOException {
        int length = 0;
        for (int n = 0; n >= 0 && length < head.length; n = reader.read(head, length, head.length - length)) {
            length += n;
        }
        return length;
    }

    /**
     * Whether the file reads as JSON lines: its first line is one whole object, or a broken one (reported at its
     * line, the other lines still read); a first line that ends inside an object starts a multi-line document.
     */
    private static boolean firstLineIsOneDocument(char[] head, int first, int length, boolean whole) {
        int end = first;
        while (end < length && head[end] != '\n') {
            end++;
        }
        if (end == length && !whole) {
            return false;
        }
        try {
            Map<String, Object> doc = MAPPER.readValue(new String(head, first, end - first), RECORD);
            return !(doc.get("Records") instanceof List);
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            return false;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private void startXml(BufferedReader reader) throws IOException, XMLStreamException {
        char[] head = new char[HEAD];
        reader.mark(HEAD);
        int length = fill(reader, head);
        reader.reset();
        int declaration = new String(head, 0, length).indexOf("<?xml");
        int skip = 0;
        if (declaration >= 0 && new String(head, 0, declaration).isBlank()) {
            int end = new String(head, 0, length).indexOf("?>", declaration);
            skip = end < 0 ? 0 : end + 2;
        }
        StringBuilder blanked = new StringBuilder();
        for (int i = 0; i < skip; i++) {
            char ch = (char) reader.read();
            blanked.append(ch == '\n' ? '\n' : ' ');
        }
        Reader wrapped = new ConcatReader(List.of(new java.io.StringReader(ROOT + blanked), reader,
                new java.io.StringReader("</nightshift-events>")));
        mode = Mode.XML;
        xml = new XmlEvents(wrapped);
    }

    /** The next record, or null when the file has no more. */
    public LogRecord next() {
        while (pending.isEmpty()) {
            if (!readMore()) {
                return null;
            }
        }
        return pending.poll();
    }

    /** How many lines a JSON-lines file had up to the last record read, or how many records another file had. */
    public long count() {
        return mode == Mode.LINES ? lineCount : ordinal;
    }

    /** Whether the file could be opened and read to its end. */
    public boolean readable() {
        return readable;
    }

    /** Whether records are numbered by line (JSON lines) rather than by their place in the file. */
    public boolean numberedByLine() {
        return mode == Mode.LINES;
    }

    private boolean readMore() {
        try {
            return switch (mode) {
                case LINES -> readLine();
                case JSON_STREAM -> readJson();
                case XML -> readXml();
                case NONE -> false;
            };
        } catch (IOException | UncheckedIOException e) {
            fail(1, 1, "the events file cannot be read: " + e.getMessage());
            return false;
        }
    }

    private boolean readLine() throws IOException {
        if (!lines.next()) {
            return false;
        }
        long index = lineCount++;
        byte[] bytes = lines.bytes();
        int start = lines.start();
        int end = start + lines.length();
        int first = index == 0 && end - start >= 3 && bytes[start] == (byte) 0xEF && bytes[start + 1] == (byte) 0xBB
                && bytes[start + 2] == (byte) 0xBF ? start + 3 : start;
        while (first < end && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r'
                || bytes[first] == '\f' || bytes[first] == 0x0B)) {
            first++;
        }
        if (first == end) {
            return true;
        }
        int lineNumber = (int) Math.min(Integer.MAX_VALUE, index + 1);
        int column = 1 + first - start;
        if (bytes[first] != '{') {
            problem(lineNumber, column, "each line must be one JSON object");
            return true;
        }
        Map<String, Object> doc = jsonLine.fields(bytes, start, end - start);
        try {
            doc = doc != null ? doc : JsonMaps.object(bytes, start, end - start);
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            problem(lineNumber, at, "invalid JSON: " + e.getOriginalMessage());
            return true;
        }
        if (format == LogFormat.AUTO && !doc.containsKey("Event") && !doc.containsKey("Records")
                && (doc.get("logsource") instanceof Map || !EcsDocuments.looksLikeEcs(doc))) {
            pending.add(new LogRecord(index, lineNumber, column, doc));
            return true;
        }
        add(doc, index, lineNumber, column, format);
        return true;
    }

    private boolean readJson() throws IOException {
        try {
            JsonToken token = json.nextToken();
            while (token == JsonToken.END_ARRAY || token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
                if (token == JsonToken.END_ARRAY && inRecordsArray) {
                    inRecordsArray = false;
                    skipRestOfObject();
                } else if (token == JsonToken.END_ARRAY) {
                    inTopArray = false;
                }
                token = json.nextToken();
            }
            if (token == null) {
                return false;
            }
            JsonLocation at = json.currentTokenLocation();
            int line = Math.max(1, at.getLineNr());
            int column = Math.max(1, at.getColumnNr());
            if (token == JsonToken.START_ARRAY && !inTopArray && !inRecordsArray) {
                inTopArray = true;
                return true;
            }
            if (token != JsonToken.START_OBJECT) {
                problem(line, column, "expected a JSON object, found " + json.getText());
                json.skipChildren();
                return true;
            }
            if (inRecordsArray) {
                Map<String, Object> record = STREAM.readValue(json, RECORD);
                add(record, ordinal, line, column, format == LogFormat.CLOUDTRAIL ? LogFormat.JSONL : format);
                return true;
            }
            JsonToken next = json.nextToken();
            if (next == JsonToken.FIELD_NAME && json.currentName().equals("Records")
                    && json.nextToken() == JsonToken.START_ARRAY) {
                inRecordsArray = true;
                return true;
            }
            Map<String, Object> doc = next == JsonToken.END_OBJECT ? new java.util.LinkedHashMap<>()
                    : STREAM.readValue(json, RECORD);
            add(doc, ordinal, line, column, format);
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            fail(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "invalid JSON: " + e.getOriginalMessage());
            return false;
        }
    }

    private void skipRestOfObject() throws IOException {
        for (JsonToken token = json.nextToken(); token != null && token != JsonToken.END_OBJECT;
             token = json.nextToken()) {
            if (token == JsonToken.FIELD_NAME) {
                json.nextToken();
                json.skipChildren();
            }
        }
    }

    private boolean readXml() {
        try {
            Object[] event = xml.next();
            if (event == null) {
                return false;
            }
            int[] at = (int[]) event[1];
            int column = at[0] == 1 ? Math.max(1, at[1] - ROOT.length()) : at[1];
            Map<String, Object> record = WindowsEvents.flatten(event[0]);
            if (record == null) {
                problem(at[0], column, "an <Event> without <System>: not a Windows event");
                ordinal++;
            } else {
                pending.add(new LogRecord(ordinal++, at[0], column, record));
            }
            return true;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNumber());
            fail(line, line == 1 ? Math.max(1, column - ROOT.length()) : column, "invalid XML: "
                    + String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*"
                    + "Message: ", ""));
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private void add(Map<String, Object> doc, long index, int line, int column, LogFormat shape) {
        Object records = Documents.records(doc, shape);
        if (records instanceof String problem) {
            problem(line, column, problem);
            if (mode != Mode.LINES) {
                ordinal++;
            }
            return;
        }
        for (Map<String, Object> record : (List<Map<String, Object>>) records) {
            pending.add(new LogRecord(mode == Mode.LINES ? index : ordinal++, line, column, record));
        }
    }

    private void problem(int line, int column, String message) {
        problems.add(new InputProblem(name, line, column, message));
    }

    private void fail(int line, int column, String message) {
        problem(line, column, message);
        readable = false;
        mode = Mode.NONE;
    }

    @Override
    public void close() {
        try {
            if (lines != null) {
                lines.close();
            }
            if (json != null) {
                json.close();
            }
            if (xml != null) {
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            // closing a file we only read loses nothing
        }
    }
}
