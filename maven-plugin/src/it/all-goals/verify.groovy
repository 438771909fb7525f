// check, generate, docs and cdk in one build, the code in the overriding package.
def log = new File(basedir, 'build.log').text
assert log.contains('tablesmith: checked 1 model: 0 errors, 0 warnings')
def target = new File(basedir, 'target')
assert new File(target, 'classes/com/example/app/db/OrdersTable.class').isFile()
assert new File(target, 'classes/com/example/app/db/cdk/OrdersTableConstruct.class').isFile()
assert new File(target, 'generated-sources/tablesmith-cdk/com/example/app/db/cdk/OrdersTableConstruct.java').isFile()
assert new File(target, 'tablesmith/cloudformation/Orders.template.json').text.contains('"AWS::DynamoDB::GlobalTable"')
assert new File(target, 'tablesmith/cloudformation/Orders.template.yaml').isFile()
assert new File(target, 'tablesmith/docs/Orders.md').text.contains('| ordersOfCustomer |')
assert new File(target, 'tablesmith/docs/Orders.html').text.startsWith('<!DOCTYPE html>')
assert !new File(target, 'generated-sources/tablesmith/com/example/orders').exists()
