/**
 * Files heavylegs writes for the user (a saved consultation, a batch's output), written the way a
 * careful Unix tool writes them: only over a regular file heavylegs wrote itself (unless told to
 * with {@code --force}), through a temporary file renamed into place, private when new, with the
 * old file's permissions when replacing, and nothing left behind when the write fails or the
 * process is stopped. See {@link dev.heavylegs.files.OutputFile}.
 */
package dev.heavylegs.files;
