import { currentCsrfToken } from '../../api/client.ts';
import { errorFromResponse } from '../exports/download.ts';

/** POST one file as multipart/form-data (field "file"), with the session's CSRF token. */
export async function uploadFile<T>(path: string, file: File, extra: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  const token = currentCsrfToken();
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
  });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}
