package dev.nightshift.detection;

import java.util.Arrays;

/** An IPv4 or IPv6 network in CIDR notation, and the parsing of address literals without any name lookup. */
final class IpRange {

    private final byte[] network;
    private final int prefix;

    private IpRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The range, or null when the text is not an address with an optional {@code /prefix}. */
    static IpRange parse(String text) {
        int slash = text.indexOf('/');
        byte[] address = address(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            return null;
        }
        int prefix = address.length * 8;
        if (slash >= 0) {
            String bits = text.substring(slash + 1);
            if (!digits(bits) || Integer.parseInt(bits) > prefix) {
                return null;
            }
            prefix = Integer.parseInt(bits);
        }
        return new IpRange(address, prefix);
    }

    private static boolean digits(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    boolean contains(String text) {
        return contains(address(text));
    }

    /** Whether the address, as {@link #address(String)} gives it (null when the text was none), is in the range. */
    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (address[full] & mask) == (network[full] & mask);
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv6 may end in a dotted IPv4 part and carry a %zone), or null. */
    static byte[] address(String text) {
        if (text.indexOf(':') >= 0) {
            return ipv6(text);
        }
        return ipv4(text);
    }

    private static byte[] ipv4(String text) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (++digits > 3) {
                    return null;
                }
            } else if (c == '.' && digits > 0 && value <= 255 && part < 4) {
                bytes[part++] = (byte) value;
                value = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        return part == 4 ? bytes : null;
    }

    private static byte[] ipv6(String text) {
        int zone = text.indexOf('%');
        String address = zone < 0 ? text : text.substring(0, zone);
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = groups(gap < 0 ? address : address.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(address.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        int total = head.length + tail.length;
        if (total > 8 || (gap < 0 && total != 8) || (gap >= 0 && total == 8)) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (all[i] >> 8);
            bytes[2 * i + 1] = (byte) all[i];
        }
        return bytes;
    }

    private static int[] groups(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        int[] groups = new int[9];
        int count = 0;
        int start = 0;
        while (true) {
            int colon = text.indexOf(':', start);
            int end = colon < 0 ? text.length() : colon;
            if (count >= 8) {
                return null;
            }
            if (colon < 0 && text.indexOf('.', start) >= 0) {
                byte[] v4 = ipv4(text.substring(start));
                if (v4 == null) {
                    return null;
                }
                groups[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                groups[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            } else {
                int group = hex(text, start, end);
                if (group < 0) {
                    return null;
                }
                groups[count++] = group;
            }
            if (colon < 0) {
                return Arrays.copyOf(groups, count);
            }
            start = colon + 1;
        }
    }

    /** The value of one to four hex digits from {@code from} to {@code to}, or -1. */
    private static int hex(String text, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
