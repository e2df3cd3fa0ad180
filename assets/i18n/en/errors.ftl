# The core's errors (projects, saves, exports) and the kinds of system error.
# English writes the system's own words; these say the kind where it is known.

system-not-found = the file or folder does not exist
system-permission-denied = permission denied
system-already-exists = it already exists
system-storage-full = no space left on the disk
system-quota-exceeded = the disk quota is used up
system-file-too-large = the file is larger than the system allows
system-is-a-directory = it is a folder, not a file
system-not-a-directory = a part of the path is not a folder
system-directory-not-empty = the folder is not empty
system-read-only = the disk is read-only
system-busy = the file is in use
system-crosses-devices = it cannot be moved to another disk
system-invalid-filename = the file name is not valid
system-unexpected-eof = the file ends too early
system-invalid-data = the content is not valid
system-timed-out = it took too long
system-interrupted = it was interrupted
system-out-of-memory = there is not enough memory
system-broken-pipe = the output was closed
system-unsupported = the system does not support it
system-stale-network-file = the network file is no longer available
