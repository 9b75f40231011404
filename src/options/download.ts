/** Saves text as a file through a Blob URL and an <a download>: no permission, no network. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox still reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
