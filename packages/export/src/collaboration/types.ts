import type { AllocationInput, AllocationResult, AloneTogetherMember } from '@app/engine';

/** A member with its dated reference figures, as the keys used them. */
export interface AllocationExportMember {
  memberId: string;
  name: string;
  cbsCode: string | null;
  inhabitants: number;
  employees: number;
  referenceDate: string | null;
}

/**
 * Everything the collaboration exports show: the collaboration, the shared budget's keys and their
 * allocation (engine output), alone vs together, and the names to print. No clock inside: the
 * caller passes generatedAt.
 */
export interface AllocationExportInput {
  collaborationName: string;
  hostName: string;
  formLabel: string;
  /** e.g. "1 januari 2027 – 31 december 2030". */
  keyPeriod: string;
  budgetName: string;
  status: string;
  generatedAt: string | Date;
  members: AllocationExportMember[];
  keys: Pick<AllocationInput, 'defaultKey' | 'developmentKeys' | 'lineKeys'>;
  allocation: AllocationResult;
  aloneTogether: AloneTogetherMember[];
  remainderRule: string;
  domainNames: Record<string, string>;
  developmentTitles: Record<string, string>;
  lineDescriptions: Record<string, string>;
}
