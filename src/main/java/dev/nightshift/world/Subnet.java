package dev.nightshift.world;

/** An IPv4 network in CIDR form, e.g. {@code 10.42.17.0/24}. */
public record Subnet(int base, int prefix) implements java.io.Serializable {

    public Subnet {
        if (prefix < 8 || prefix > 30) {
            throw new IllegalArgumentException("prefix must be between 8 and 30, got " + prefix);
        }
        int mask = -1 << (32 - prefix);
        if ((base & mask) != base) {
            throw new IllegalArgumentException("base address has host bits set for /" + prefix);
        }
    }

    public static Subnet of(int a, int b, int c, int d, int prefix) {
        return new Subnet((a << 24) | (b << 16) | (c << 8) | d, prefix);
    }

    /** The {@code n}-th address of the network (1 is usually the gateway). */
    public String address(int n) {
        if (n < 1 || n >= (1L << (32 - prefix)) - 1) {
            throw new IllegalArgumentException("no host " + n + " in " + this);
        }
        return dotted(base + n);
    }

    public boolean contains(String ip) {
        String[] parts = ip.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        int value = 0;
        for (String part : parts) {
            value = (value << 8) | (Integer.parseInt(part) & 0xff);
        }
        int mask = -1 << (32 - prefix);
        return (value & mask) == base;
    }

    @Override
    public String toString() {
        return dotted(base) + "/" + prefix;
    }

    private static String dotted(int v) {
        return ((v >>> 24) & 0xff) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
    }
}
