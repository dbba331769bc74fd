/* Unit tests for fileio.c: reads, atomic writes, failures that keep files intact. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"

static char dir[64];

static void make_dir(void)
{
    strcpy(dir, "/tmp/ag-fileio-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
}

static void remove_dir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

static size_t entries(void)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += e->d_name[0] != '.' || (e->d_name[1] && (e->d_name[1] != '.' || e->d_name[2]));
    closedir(d);
    return n;
}

TestSuite(fileio, .init = make_dir, .fini = remove_dir);

Test(fileio, write_then_read_round_trip_with_embedded_nul)
{
    char path[128];
    snprintf(path, sizeof path, "%s/out.bin", dir);
    ag_error e;
    cr_assert_eq(ag_write_file(path, "a\0b", 3, &e), AG_OK);
    char *data;
    size_t len;
    cr_assert_eq(ag_read_file(path, &data, &len, &e), AG_OK);
    cr_assert_eq(len, 3);
    cr_assert_eq(memcmp(data, "a\0b", 3), 0);
    cr_assert_eq(data[3], '\0');
    free(data);
    cr_assert_eq(entries(), 1, "no temp file left");
}

Test(fileio, missing_input_and_directory_are_noinput)
{
    char *data;
    size_t len;
    ag_error e;
    cr_assert_eq(ag_read_file("/nonexistent/x", &data, &len, &e), AG_ENOINPUT);
    cr_assert(strstr(e.msg, "/nonexistent/x"));
    cr_assert_eq(ag_read_file(dir, &data, &len, &e), AG_ENOINPUT);
}

Test(fileio, failed_write_leaves_existing_file_and_no_temp)
{
    char path[128];
    snprintf(path, sizeof path, "%s/keep.txt", dir);
    ag_error e;
    cr_assert_eq(ag_write_file(path, "old", 3, &e), AG_OK);
    /* a target that is a directory cannot be replaced by rename */
    char sub[160];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    cr_assert_eq(mkdir(sub, 0755), 0);
    cr_assert_neq(ag_write_file(sub, "new", 3, &e), AG_OK);
    cr_assert_eq(entries(), 2, "only keep.txt and sub");
    char *data;
    size_t len;
    cr_assert_eq(ag_read_file(path, &data, &len, &e), AG_OK);
    cr_assert_str_eq(data, "old");
    free(data);
}

Test(fileio, unwritable_directory_is_cantcreat)
{
    ag_error e;
    cr_assert_eq(ag_write_file("/nonexistent-dir/x.svg", "x", 1, &e), AG_ECANTCREAT);
    cr_assert(strstr(e.msg, "x.svg"));
}

Test(fileio, written_file_has_umask_mode)
{
    char path[128];
    snprintf(path, sizeof path, "%s/mode.txt", dir);
    mode_t old = umask(022);
    ag_error e;
    cr_assert_eq(ag_write_file(path, "x", 1, &e), AG_OK);
    umask(old);
    struct stat st;
    cr_assert_eq(stat(path, &st), 0);
    cr_assert_eq(st.st_mode & 0777, 0644);
}

Test(fileio, streamed_output_appears_only_at_commit)
{
    char path[128];
    snprintf(path, sizeof path, "%s/stream.txt", dir);
    ag_error e;
    cr_assert_eq(ag_write_file(path, "old", 3, &e), AG_OK);
    ag_output o;
    cr_assert_eq(ag_output_open(&o, path, &e), AG_OK);
    cr_assert_eq(ag_output_write(&o, "ab", 2, &e), AG_OK);
    cr_assert_eq(ag_output_write(&o, "cd", 2, &e), AG_OK);
    char *data;
    size_t len;
    cr_assert_eq(ag_read_file(path, &data, &len, &e), AG_OK);
    cr_assert_str_eq(data, "old", "the target is untouched until commit");
    free(data);
    cr_assert_eq(ag_output_commit(&o, &e), AG_OK);
    cr_assert_eq(ag_read_file(path, &data, &len, &e), AG_OK);
    cr_assert_str_eq(data, "abcd");
    free(data);
    cr_assert_eq(entries(), 1, "no temp file left");
}

Test(fileio, aborted_output_leaves_existing_file_and_no_temp)
{
    char path[128];
    snprintf(path, sizeof path, "%s/abort.txt", dir);
    ag_error e;
    cr_assert_eq(ag_write_file(path, "old", 3, &e), AG_OK);
    ag_output o;
    cr_assert_eq(ag_output_open(&o, path, &e), AG_OK);
    cr_assert_eq(ag_output_write(&o, "new", 3, &e), AG_OK);
    ag_output_abort(&o);
    ag_output_abort(&o); /* twice is harmless */
    char *data;
    size_t len;
    cr_assert_eq(ag_read_file(path, &data, &len, &e), AG_OK);
    cr_assert_str_eq(data, "old");
    free(data);
    cr_assert_eq(entries(), 1, "no temp file left");
}

static ag_status collect(const char *line, size_t len, size_t lineno, void *ctx, ag_error *err)
{
    ag_buf_printf(ctx, "%zu:%zu:%s|", lineno, len, line);
    return strcmp(line, "stop") == 0 ? ag_fail(err, AG_EDATA, "stopped") : AG_OK;
}

Test(fileio, lines_lose_their_end_of_line_and_stop_on_error)
{
    char path[128];
    snprintf(path, sizeof path, "%s/lines.txt", dir);
    ag_error e;
    cr_assert_eq(ag_write_file(path, "a\r\n\nbc\nlast", 11, &e), AG_OK);
    ag_buf b = AG_BUF_INIT;
    cr_assert_eq(ag_read_lines(path, collect, &b, &e), AG_OK);
    cr_assert_str_eq(b.data, "1:1:a|2:0:|3:2:bc|4:4:last|");
    ag_buf_clear(&b);
    cr_assert_eq(ag_write_file(path, "x\nstop\ny\n", 9, &e), AG_OK);
    cr_assert_eq(ag_read_lines(path, collect, &b, &e), AG_EDATA);
    cr_assert_str_eq(b.data, "1:1:x|2:4:stop|");
    ag_buf_free(&b);
    cr_assert_eq(ag_read_lines("/nonexistent/x", collect, &b, &e), AG_ENOINPUT);
}

Test(fileio, extension)
{
    cr_assert_str_eq(ag_path_ext("out/x.svg"), "svg");
    cr_assert_str_eq(ag_path_ext("a.b/c"), "");
    cr_assert_str_eq(ag_path_ext("x."), "");
}
