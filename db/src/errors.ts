/** A referenced row does not exist (e.g. an unknown CBS code or edition); the API maps it to 404/400. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} "${key}" not found`);
    this.name = 'RecordNotFoundError';
  }
}
