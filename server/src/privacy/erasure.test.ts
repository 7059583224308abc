import { openPglite } from '../store/pglite.ts';
import { describeErasureContract } from './erasure-contract.ts';

describeErasureContract('PGlite', () => openPglite());
