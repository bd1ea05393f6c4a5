/** An upload that cannot be read; `tooLarge` marks refusals of size (HTTP 413) rather than of content (400). */
export class UploadError extends Error {
  readonly tooLarge: boolean;

  constructor(message: string, options: { tooLarge?: boolean } = {}) {
    super(message);
    this.name = 'UploadError';
    this.tooLarge = options.tooLarge ?? false;
  }
}
