/* datafile.c: checks shared by the loaders of the data files. */
#include "datafile.h"

#include <string.h>

ag_status ag_datafile_keys(const ag_json_doc *doc, const ag_json *obj, const char *const *allowed,
                           ag_error *err)
{
    if (obj->type != AG_JSON_OBJECT)
        return ag_json_fail(doc, obj, false, err, AG_EDATA, "expected an object");
    for (size_t i = 0; i < obj->nitems; i++) {
        const char *const *k = allowed;
        while (*k && strcmp(*k, obj->items[i]->key) != 0)
            k++;
        if (!*k)
            return ag_json_fail(doc, obj->items[i], true, err, AG_EDATA, "unknown key \"%s\"",
                                obj->items[i]->key);
    }
    return AG_OK;
}
