/* fileio.c: reading inputs, writing outputs atomically. */
#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static ag_status read_fd(int fd, const char *name, char **data, size_t *len, ag_error *err)
{
    ag_buf b = AG_BUF_INIT;
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            ag_buf_free(&b);
            return ag_fail(err, AG_EIO, "%s: read failed: %s", name, strerror(e));
        }
        if (n == 0)
            break;
        ag_buf_put(&b, chunk, (size_t)n);
    }
    *len = b.len;
    *data = ag_buf_detach(&b);
    return AG_OK;
}

ag_status ag_read_file(const char *path, char **data, size_t *len, ag_error *err)
{
    *data = NULL;
    *len = 0;
    if (!path || strcmp(path, "-") == 0)
        return read_fd(STDIN_FILENO, "<stdin>", data, len, err);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return ag_fail(err, AG_ENOINPUT, "%s: cannot open: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return ag_fail(err, AG_ENOINPUT, "%s: is a directory", path);
    }
    ag_status s = read_fd(fd, path, data, len, err);
    close(fd);
    return s;
}

static ag_status write_all(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return AG_EIO;
        data += n;
        len -= (size_t)n;
    }
    return AG_OK;
}

ag_status ag_write_file(const char *path, const char *data, size_t len, ag_error *err)
{
    if (!path || strcmp(path, "-") == 0) {
        if (write_all(STDOUT_FILENO, data, len) != AG_OK)
            return ag_fail(err, AG_EIO, "<stdout>: write failed: %s", strerror(errno));
        return AG_OK;
    }
    ag_buf tmp = AG_BUF_INIT;
    const char *slash = strrchr(path, '/');
    if (slash)
        ag_buf_put(&tmp, path, (size_t)(slash - path + 1));
    ag_buf_printf(&tmp, ".%s.XXXXXX", slash ? slash + 1 : path);
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
        int e = errno;
        ag_buf_free(&tmp);
        return ag_fail(err, AG_ECANTCREAT, "%s: cannot create: %s", path, strerror(e));
    }
    mode_t mask = umask(0);
    umask(mask);
    ag_status s = AG_OK;
    int e = 0;
    if (fchmod(fd, 0666 & ~mask) != 0 || write_all(fd, data, len) != AG_OK || fsync(fd) != 0) {
        e = errno;
        s = AG_EIO;
    }
    if (close(fd) != 0 && s == AG_OK) {
        e = errno;
        s = AG_EIO;
    }
    if (s == AG_OK && rename(tmp.data, path) != 0) {
        e = errno;
        s = AG_ECANTCREAT;
    }
    if (s != AG_OK) {
        unlink(tmp.data);
        ag_fail(err, s, "%s: cannot write: %s", path, strerror(e));
    }
    ag_buf_free(&tmp);
    return s;
}

const char *ag_path_ext(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    return dot && dot[1] ? dot + 1 : "";
}
