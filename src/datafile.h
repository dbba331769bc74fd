/* datafile.h: checks shared by the loaders of the data files (the actor
 * dictionary, dict.c, and the relation lexicon, lexicon.c). */
#ifndef AG_DATAFILE_H
#define AG_DATAFILE_H

#include "error.h"
#include "json.h"

/* Returns AG_OK when obj is an object whose keys all appear in allowed
 * (NULL-terminated); else AG_EDATA located in doc at obj ("expected an
 * object") or at the first unknown key ("unknown key \"x\""). */
ag_status ag_datafile_keys(const ag_json_doc *doc, const ag_json *obj, const char *const *allowed,
                           ag_error *err);

#endif
