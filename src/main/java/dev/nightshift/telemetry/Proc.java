package dev.nightshift.telemetry;

import java.util.Objects;

/**
 * A running process as Sysmon and the Security log see it: its image and command line, who runs it (as
 * {@code DOMAIN\\user}) at what integrity, its ids, and its parent's image, command line and ids.
 */
record Proc(String image, String commandLine, String user, String integrity, int pid, String guid, String logonId,
            String parentImage, String parentCommandLine, int parentPid, String parentGuid, String currentDirectory) implements java.io.Serializable {

    Proc {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(commandLine, "commandLine");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(parentImage, "parentImage");
        parentCommandLine = parentCommandLine == null ? parentImage : parentCommandLine;
        currentDirectory = currentDirectory == null ? "C:\\Windows\\system32\\" : currentDirectory;
        integrity = integrity == null ? "Medium" : integrity;
        logonId = logonId == null ? "0x3e7" : logonId;
    }

    /** A child of this process. */
    Proc child(String childImage, String childCommandLine, int childPid, String childGuid) {
        return new Proc(childImage, childCommandLine, user, integrity, childPid, childGuid, logonId, image, commandLine, pid, guid,
                currentDirectory);
    }
}
