/* fileio.c: reading inputs, writing outputs atomically. */
#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
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

ag_status ag_output_open(ag_output *o, const char *path, ag_error *err)
{
    o->path = o->tmp = NULL;
    o->fd = STDOUT_FILENO;
    if (!path || strcmp(path, "-") == 0)
        return AG_OK;
    ag_buf tmp = AG_BUF_INIT;
    const char *slash = strrchr(path, '/');
    if (slash)
        ag_buf_put(&tmp, path, (size_t)(slash - path + 1));
    ag_buf_printf(&tmp, ".%s.XXXXXX", slash ? slash + 1 : path);
    o->fd = mkstemp(tmp.data);
    if (o->fd < 0) {
        int e = errno;
        ag_buf_free(&tmp);
        return ag_fail(err, AG_ECANTCREAT, "%s: cannot create: %s", path, strerror(e));
    }
    mode_t mask = umask(0);
    umask(mask);
    o->path = ag_xstrdup(path);
    o->tmp = ag_buf_detach(&tmp);
    if (fchmod(o->fd, 0666 & ~mask) != 0) {
        int e = errno;
        ag_output_abort(o);
        return ag_fail(err, AG_ECANTCREAT, "%s: cannot create: %s", path, strerror(e));
    }
    return AG_OK;
}

ag_status ag_read_lines(const char *path, ag_line_fn fn, void *ctx, ag_error *err)
{
    bool is_stdin = !path || strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    if (!f)
        return ag_fail(err, AG_ENOINPUT, "%s: cannot open: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ag_status s = AG_OK;
    ssize_t n;
    for (size_t lineno = 1; !s && (n = getline(&line, &cap, f)) >= 0; lineno++) {
        size_t len = (size_t)n;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        s = fn(line, len, lineno, ctx, err);
    }
    if (!s && ferror(f))
        s = ag_fail(err, errno == EISDIR ? AG_ENOINPUT : AG_EIO, "%s: read failed: %s", name,
                    strerror(errno));
    free(line);
    if (!is_stdin)
        fclose(f);
    return s;
}

/* Fails o: removes its temp file and records errno's reason. */
static ag_status output_fail(ag_output *o, ag_status s, int e, ag_error *err)
{
    ag_fail(err, s, "%s: cannot write: %s", o->path ? o->path : "<stdout>", strerror(e));
    ag_output_abort(o);
    return s;
}

ag_status ag_output_write(ag_output *o, const char *data, size_t len, ag_error *err)
{
    while (len) {
        ssize_t n = write(o->fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return output_fail(o, AG_EIO, n < 0 ? errno : EIO, err);
        data += n;
        len -= (size_t)n;
    }
    return AG_OK;
}

ag_status ag_output_commit(ag_output *o, ag_error *err)
{
    if (!o->path)
        return AG_OK;
    if (fsync(o->fd) != 0)
        return output_fail(o, AG_EIO, errno, err);
    int fd = o->fd;
    o->fd = -1;
    if (close(fd) != 0)
        return output_fail(o, AG_EIO, errno, err);
    if (rename(o->tmp, o->path) != 0)
        return output_fail(o, AG_ECANTCREAT, errno, err);
    free(o->tmp);
    o->tmp = NULL;
    ag_output_abort(o);
    return AG_OK;
}

void ag_output_abort(ag_output *o)
{
    if (o->path) {
        if (o->fd >= 0)
            close(o->fd);
        if (o->tmp)
            unlink(o->tmp);
    }
    free(o->path);
    free(o->tmp);
    o->path = o->tmp = NULL;
    o->fd = -1;
}

ag_status ag_write_file(const char *path, const char *data, size_t len, ag_error *err)
{
    ag_output o;
    ag_status s = ag_output_open(&o, path, err);
    if (!s)
        s = ag_output_write(&o, data, len, err);
    return s ? s : ag_output_commit(&o, err);
}

const char *ag_path_ext(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    return dot && dot[1] ? dot + 1 : "";
}
