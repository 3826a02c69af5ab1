package dev.nightshift.shell;

import java.util.Arrays;

/**
 * The command-line conventions users expect of any tool: {@code --help} (or {@code -h}) and {@code --version} (or
 * {@code -V}) before any command, {@code --help <command>} for one command; {@code <command> --help} is Spring
 * Shell's own and reaches {@link HelpCommand} as well.
 */
final class Conventions {

    private Conventions() {
    }

    /** The arguments with a leading {@code --help} or {@code --version} turned into the command it stands for. */
    static String[] apply(String[] args) {
        if (args.length == 0) {
            return args;
        }
        String first = args[0];
        if (first.equals("--help") || first.equals("-h")) {
            String[] out = new String[args.length];
            out[0] = "help";
            System.arraycopy(args, 1, out, 1, args.length - 1);
            return out;
        }
        if ((first.equals("--version") || first.equals("-V")) && args.length == 1) {
            return new String[] {"version"};
        }
        return Arrays.copyOf(args, args.length);
    }
}
