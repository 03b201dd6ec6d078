/*
 * chmod.c - chmod(2), fchmod(2), fchmodat(2), chown(2) and friends,
 * access(2), and how permission bits are enforced: owner, group and
 * other classes with no superuser override (doc/zrt.md).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "tap/basic.h"

int main(void)
{
	struct stat st;
	int fd;

	plan(38);
	mkdir("/tmp/p", 0755);
	put_file("/tmp/p/f", "x");
	is_int(0, chmod("/tmp/p/f", 0640), "chmod");
	is_int(S_IFREG | 0640, mode_of("/tmp/p/f"), "... sets the bits, keeps the type");
	is_int(0, chmod("/tmp/p/f", 07777), "chmod with set-id and sticky bits");
	is_int(07777, mode_of("/tmp/p/f") & 07777, "... all twelve bits");
	fd = open("/tmp/p/f", O_RDONLY);
	is_int(0, fchmod(fd, 0600), "fchmod");
	is_int(0600, mode_of("/tmp/p/f") & 07777, "... sets them");
	close(fd);
	is_errno(fchmod(fd, 0600), EBADF, "fchmod of a closed descriptor");
	is_errno(chmod("/tmp/p/none", 0600), ENOENT, "chmod of a missing file");
	symlink("f", "/tmp/p/l");
	is_errno(fchmodat(AT_FDCWD, "/tmp/p/l", 0600, AT_SYMLINK_NOFOLLOW), EOPNOTSUPP,
		 "fchmodat of a link itself");
	is_int(0, fchmodat(AT_FDCWD, "/tmp/p/l", 0644, 0), "fchmodat through a link");
	is_int(0644, mode_of("/tmp/p/f") & 07777, "... changes the target");
	is_errno(fchmodat(AT_FDCWD, "/tmp/p/f", 0644, 0x100), EINVAL, "fchmodat with an unknown flag");

	/* Enforcement, even for uid 0. */
	is_int(0, access("/tmp/p/f", R_OK | W_OK), "access R_OK|W_OK on 0644");
	is_errno(access("/tmp/p/f", X_OK), EACCES, "access X_OK on 0644");
	chmod("/tmp/p/f", 0);
	is_errno(access("/tmp/p/f", R_OK), EACCES, "access R_OK on mode 0");
	is_errno(open("/tmp/p/f", O_RDONLY), EACCES, "open for reading on mode 0");
	is_errno(open("/tmp/p/f", O_WRONLY), EACCES, "open for writing on mode 0");
	is_int(0, access("/tmp/p/f", F_OK), "access F_OK on mode 0");
	is_errno(access("/tmp/p/f", 0100), EINVAL, "access with a bad mode");
	chmod("/tmp/p/f", 0644);
	chmod("/tmp/p", 0644);
	is_errno(stat("/tmp/p/f", &st), EACCES, "a directory without search permission");
	chmod("/tmp/p", 0311);
	is_errno_p(opendir("/tmp/p"), EACCES, "a directory without read permission");
	is_int(0, stat("/tmp/p/f", &st), "... can still be searched");
	chmod("/tmp/p", 0755);

	/* Ownership. */
	is_int(0, chown("/tmp/p/f", getuid(), getgid()), "chown to the owner itself");
	is_int(0, chown("/tmp/p/f", (uid_t)-1, 100), "chown of the group only");
	stat("/tmp/p/f", &st);
	is_int(getuid(), st.st_uid, "... leaves the owner");
	is_int(100, st.st_gid, "... sets the group");
	is_int(0640, (chmod("/tmp/p/f", 0640), mode_of("/tmp/p/f") & 0777), "group bits now apply");
	chmod("/tmp/p/f", 06755);
	is_int(0, lchown("/tmp/p/l", 7, 7), "lchown changes the link");
	lstat("/tmp/p/l", &st);
	is_int(7, st.st_uid, "... the link's owner");
	stat("/tmp/p/f", &st);
	is_int(getuid(), st.st_uid, "... not the target's");
	fd = open("/tmp/p/f", O_RDONLY);
	is_int(0, fchown(fd, 1000, 1000), "fchown gives a file away");
	stat("/tmp/p/f", &st);
	is_int(0755, st.st_mode & 07777, "... clearing set-user-ID and set-group-ID");
	is_errno(fchown(fd, getuid(), getgid()), EPERM, "... and it cannot be taken back");
	is_errno(chmod("/tmp/p/f", 0777), EPERM, "chmod of another user's file");
	is_errno(access("/tmp/p/f", W_OK), EACCES, "the others' bits apply to it");
	is_int(0, access("/tmp/p/f", R_OK | X_OK), "... r-x");
	close(fd);
	is_errno(fchownat(AT_FDCWD, "/tmp/p/f", 0, 0, 0x4000), EINVAL, "fchownat with an unknown flag");
	is_errno(chmod("/dev/null", 0600), EPERM, "chmod of a device");
	return 0;
}
