import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NetZeroError } from '../../core/errors.js';

/**
 * The Basic macros of the private profile (its own Standard library, so they are trusted).
 *
 * `Convert` loads a document once and stores it in each requested format, so one LibreOffice
 * start gives both the ODT and the PDF (two `--convert-to` runs start LibreOffice and import the
 * DOCX twice). It may be started before the DOCX exists: it waits for the input file to appear
 * (the caller renames it into place, so it is never read half-written), so LibreOffice starts
 * while the caller is still reading the database and rendering. A `cancel` file, or waiting
 * longer than `waitMs`, ends it without output.
 *
 * While it waits, it opens a one-line DOCX (`WARM_DOCX`, written by `Prepare`) once, so Writer
 * and its DOCX import are loaded before the report arrives (~0.12 s off the report's import;
 * the warm-up costs ~0.17 s of time LibreOffice spends waiting anyway).
 *
 * `Prepare` runs once when the profile is made. It records this LibreOffice version as seen:
 * headless LibreOffice never does so itself, so every start of a fresh profile believes it was
 * just upgraded and runs its graphics render tests (about 1 s of CPU and 290,000 page faults per
 * start on our machines, more than the rest of the start). It turns off the preview image saved
 * into documents (Thumbnails/thumbnail.png, optional in ODF; drawing it cost ~0.18 s of every
 * ODT). And it writes the warm-up DOCX.
 */
const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Store(doc As Object, url As String, filter As String)
  If url = &quot;&quot; Then Exit Sub
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;FilterName&quot;
  args(0).Value = filter
  doc.storeToURL(url, args())
End Sub

Function Hidden() As Variant
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  Hidden = load()
End Function

Function Settings(path As String) As Object
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;nodepath&quot;
  args(0).Value = path
  Settings = createUnoService(&quot;com.sun.star.configuration.ConfigurationProvider&quot;).createInstanceWithArguments(&quot;com.sun.star.configuration.ConfigurationUpdateAccess&quot;, args())
End Function

Sub Prepare(warmUrl As String)
  On Error GoTo Done
  Dim product As Object
  product = Settings(&quot;/org.openoffice.Setup/Product&quot;)
  product.replaceByName(&quot;ooSetupLastVersion&quot;, product.getByName(&quot;ooSetupVersion&quot;))
  product.commitChanges()
  Dim saving As Object
  saving = Settings(&quot;/org.openoffice.Office.Common/Save/Document&quot;)
  saving.replaceByName(&quot;GenerateThumbnail&quot;, False)
  saving.commitChanges()
  &apos; A one-line DOCX with a table, for Convert to open while it waits for the real one.
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(&quot;private:factory/swriter&quot;, &quot;_blank&quot;, 0, Hidden())
  Dim body As Object
  body = doc.getText()
  body.setString(&quot;暖機 warm-up 0123456789&quot;)
  Dim table As Object
  table = doc.createInstance(&quot;com.sun.star.text.TextTable&quot;)
  table.initialize(2, 2)
  body.insertTextContent(body.getEnd(), table, False)
  Store(doc, warmUrl, &quot;MS Word 2007 XML&quot;)
  doc.close(True)
Done:
  StarDesktop.terminate()
End Sub

Sub Warm(warmUrl As String)
  On Error GoTo Done
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(warmUrl, &quot;_blank&quot;, 0, Hidden())
  doc.close(True)
Done:
End Sub

Sub Convert(inUrl As String, odtUrl As String, pdfUrl As String, cancelUrl As String, warmUrl As String, waitMs As Long)
  &apos; Any failure ends LibreOffice without output (a Basic error dialog would wait forever).
  On Error GoTo Fail
  Dim waited As Long
  Dim warmed As Boolean
  Do While Not FileExists(inUrl)
    If FileExists(cancelUrl) Or waited &gt; waitMs Then GoTo Fail
    If Not warmed Then
      &apos; Idle anyway: load Writer and its DOCX import now, not when the report arrives.
      Warm(warmUrl)
      warmed = True
    Else
      Wait 20
      waited = waited + 20
    End If
  Loop
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, Hidden())
  &apos; The DOCX carries an empty table of contents: fill it, page numbers included.
  Dim indexes As Object
  indexes = doc.getDocumentIndexes()
  Dim i As Integer
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next i
  doc.getTextFields().refresh()
  Store(doc, odtUrl, &quot;writer8&quot;)
  Store(doc, pdfUrl, &quot;writer_pdf_Export&quot;)
  doc.close(True)
Fail:
  StarDesktop.terminate()
End Sub
</script:module>
`;

export interface SofficeOptions {
  /** The soffice binary (default SOFFICE_PATH, else `soffice` on PATH). */
  soffice?: string;
  /** Killed after this long; a stuck conversion must not hang a server or a CLI. */
  timeoutMs?: number;
}

export const sofficeBinary = (options: SofficeOptions) =>
  options.soffice ?? process.env.SOFFICE_PATH ?? 'soffice';

export function runSoffice(args: string[], options: SofficeOptions): Promise<void> {
  const binary = sofficeBinary(options);
  const timeout = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    execFile(binary, args, { timeout, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
      if (!error) {
        resolve();
        return;
      }
      const reason = error.killed
        ? `timed out after ${String(timeout)} ms`
        : `${error.message}${stderr ? `: ${stderr.trim()}` : ''}`;
      reject(new NetZeroError('INTERNAL', `LibreOffice conversion failed (${binary}): ${reason}`));
    });
  });
}

/** The warm-up document, inside the profile directory (so each conversion's copy has one). */
export const WARM_DOCX = 'warm.docx';

let template: Promise<string> | undefined;

/**
 * A LibreOffice profile initialised once, with the conversion macro installed, kept in the temp
 * directory under a name that carries the user and the macro's hash (so a changed macro gets a
 * new profile) and shared by later processes, which then skip LibreOffice's first-start
 * initialisation and the graphics render tests (`Prepare` above). Each conversion copies it (a
 * few hundred kB) into a directory of its own, so parallel runs never share a profile. It is
 * built in a staging directory and renamed into place, so a reader never sees half a profile.
 * The first start rewrites the Standard library, so the macro is written after it.
 */
export function profileTemplate(options: SofficeOptions): Promise<string> {
  template ??= (async () => {
    const version = createHash('sha256').update(MODULE).digest('hex').slice(0, 12);
    const user = String(process.getuid?.() ?? 'user');
    const dir = join(tmpdir(), `netzero-soffice-profile-${user}-${version}`);
    const macro = join('user', 'basic', 'Standard', 'Module1.xba');
    if ((await readFile(join(dir, macro), 'utf8').catch(() => '')) === MODULE) return dir;
    const staging = await mkdtemp(join(tmpdir(), 'netzero-soffice-staging-'));
    try {
      await runSoffice(
        [
          `-env:UserInstallation=${pathToFileURL(staging).href}`,
          '--headless',
          '--terminate_after_init',
        ],
        options,
      );
      await writeFile(join(staging, macro), MODULE);
      const warm = pathToFileURL(join(staging, WARM_DOCX)).href;
      await runSoffice(
        [
          `-env:UserInstallation=${pathToFileURL(staging).href}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          `macro:///Standard.Module1.Prepare("${warm}")`,
        ],
        options,
      );
      await rename(staging, dir).catch(async (error: unknown) => {
        // Another process got there first: theirs is as good as ours.
        if ((await readFile(join(dir, macro), 'utf8').catch(() => '')) !== MODULE) throw error;
      });
      return dir;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  })();
  template.catch(() => {
    template = undefined; // let the next call try again
  });
  return template;
}
