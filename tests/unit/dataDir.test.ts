import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirOverride } from '../../electron/host/dataDir';

const ENV_DIR = path.resolve('/srv/probation-env');

describe('dataDirOverride', () => {
  it.each([
    [['--data-dir', 'offices/north'], {}, path.resolve('offices/north')],
    [['--data-dir=offices/south'], {}, path.resolve('offices/south')],
    [['--data-dir=/abs/with=sign'], {}, path.resolve('/abs/with=sign')],
    [[], { PROBATION_DESK_DATA_DIR: ENV_DIR }, ENV_DIR],
    [['--data-dir', 'from-arg'], { PROBATION_DESK_DATA_DIR: ENV_DIR }, path.resolve('from-arg')],
    [['--data-dir'], { PROBATION_DESK_DATA_DIR: ENV_DIR }, ENV_DIR],
    [['--data-dir='], {}, undefined],
    [['--data-directory=x'], {}, undefined],
    [[], {}, undefined],
  ])('reads %j with env %j as %s', (argv, env, expected) => {
    expect(dataDirOverride(argv, env)).toBe(expected);
  });
});
