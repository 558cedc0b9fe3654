/**
 * Words that name a part of an area after the area's name: 九州南部, 関東地方, 県北部, 三陸沿岸. A scene
 * written with one (九州南部では、) is the area a report covers seen closer, not another party's scene.
 */
export const AREA_PARTS: readonly string[] = [
  '北部',
  '南部',
  '東部',
  '西部',
  '中部',
  '北東部',
  '北西部',
  '南東部',
  '南西部',
  '地方',
  '沿岸',
  '沿岸部',
  '内陸',
  '内陸部',
  '全域',
  '各地',
];
